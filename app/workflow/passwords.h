#pragma once

#include <QString>

namespace copydesk::app {

// Passwords are kept only as Argon2id strings made by libsodium's crypto_pwhash_str.
namespace passwords {

// An Argon2id string at libsodium's INTERACTIVE limits (64 MiB, 2 passes; above OWASP's
// 19 MiB / 2). The test suite sets COPYDESK_TEST_FAST_HASH=1 for the minimum limits; the
// program itself never does. Empty on failure (out of memory).
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);
bool needsRehash(const QString &hash);

// A valid Argon2id string at the current limits that no password matches in practice: checked
// for a username that does not exist, so that it costs what a real one costs.
QString dummyHash();

// How many times verify() has run in this process: lets a test see that a sign-in did the same
// work whether or not the person exists, without timing it.
quint64 verifications();

} // namespace passwords
} // namespace copydesk::app
