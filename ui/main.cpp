// The one executable: with a command it runs headless; without one it opens the window.

#include "ui/program.h"

int main(int argc, char *argv[])
{
    return copydesk::ui::runProgram(argc, argv);
}
