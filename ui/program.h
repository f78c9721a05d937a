#pragma once

#include <QString>

namespace copydesk::ui {

class MainWindow;

// The whole program: with a command it runs headless; without one it opens the window. Kept out
// of main() so that the test suites' own build of the program (tests/support/testprogram.cpp)
// is this same code.
int runProgram(int argc, char *argv[]);

// The store the window opens at start: the one given (--database), else the last one the window
// opened, else the default store.
QString storeToOpen(const QString &given);

// Opens the store at path in the window. A store that will not open is named with the reason,
// and the person may open another store (a backup) or connect to a newsroom server instead,
// until one opens; false when they give up.
bool openFirstStore(MainWindow &window, QString path);

} // namespace copydesk::ui
