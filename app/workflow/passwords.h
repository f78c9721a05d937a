#pragma once

#include <QString>

namespace copydesk::app {

// Passwords are kept only as Argon2id strings made by libsodium's crypto_pwhash_str.
namespace passwords {

// An Argon2id string at libsodium's INTERACTIVE limits (64 MiB, 2 passes; above OWASP's
// 19 MiB / 2). Empty on failure (out of memory).
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);
bool needsRehash(const QString &hash);

// A valid Argon2id string at the current limits that no password matches in practice: checked
// for a username that does not exist, so that it costs what a real one costs.
QString dummyHash();

// Only test code calls this (tests/support/minimumcost.cpp, linked into every suite and into the
// suites' own build of the program): hashes at libsodium's minimum limits, so that a suite
// making hundreds of accounts runs in seconds. Nothing in the shipped program calls it, and no
// environment variable or setting reaches it.
void setMinimumCostForTests(bool minimum);

// How many times verify() has run in this process: lets a test see that a sign-in did the same
// work whether or not the person exists, without timing it.
quint64 verifications();

} // namespace passwords
} // namespace copydesk::app
