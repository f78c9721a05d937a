#include "app/workflow/passwords.h"

#include <QByteArray>

#include <atomic>
#include <sodium.h>

namespace copydesk::app::passwords {

namespace {

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

std::atomic<bool> minimumCost { false };

Limits limits()
{
    if (minimumCost.load())
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

std::atomic<quint64> verifyCount { 0 };

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
    ++verifyCount;
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

QString dummyHash()
{
    // Made once with crypto_pwhash_str_alg at each limit (the password is not kept anywhere).
    if (minimumCost.load())
        return QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$cWLvyw7Tu/"
                              "XKY6k5MmVtWQ$i5YKbJTdk8IyuJIclqNcQ5LQXh1ECCWKe+Fcskfsv5k");
    return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$aS92fUqbHiytUEORBrZvfg$"
                          "bP7J9APh8WwPaRhVjdXHs2P51t97ltUf12/1yiLGWoI");
}

void setMinimumCostForTests(bool minimum)
{
    minimumCost.store(minimum);
}

quint64 verifications()
{
    return verifyCount.load();
}

} // namespace copydesk::app::passwords
