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

} // namespace passwords
} // namespace copydesk::app
