#pragma once

namespace copydesk::ui {

// The whole program: with a command it runs headless; without one it opens the window. Kept out
// of main() so that the test suites' own build of the program (tests/support/testprogram.cpp)
// is this same code.
int runProgram(int argc, char *argv[]);

} // namespace copydesk::ui
