#include "app/workflow/passwords.h"

#include <QByteArray>

#include <sodium.h>

namespace copydesk::app::passwords {

namespace {

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

Limits limits()
{
    if (qEnvironmentVariableIntValue("COPYDESK_TEST_FAST_HASH") == 1)
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString hash(const QString &password)
{
    if (!initialised())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const Limits l = limits();
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), l.ops, l.mem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool needsRehash(const QString &hash)
{
    if (!initialised())
        return false;
    const Limits l = limits();
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), l.ops, l.mem) != 0;
}

} // namespace copydesk::app::passwords
