// The suites' own build of the program: the shipped program's code (ui/program.cpp), with
// passwords hashed at the minimum cost as in every suite (minimumcost.cpp). The command-line and
// window suites run this one; a test in tst_commandline_promises runs the shipped one and checks
// that it hashes at full cost whatever its environment says.

#include "ui/program.h"

int main(int argc, char *argv[])
{
    return copydesk::ui::runProgram(argc, argv);
}
