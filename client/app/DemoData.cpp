#include "client/app/DemoData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kp::client {
namespace {

QList<Account> accountsIn(const QJsonArray &array)
{
    QList<Account> accounts;
    for (const auto &item : array)
        accounts.append(Account::fromJson(item.toObject()).value_or(Account {}));
    return accounts;
}

} // namespace

DemoData DemoData::load()
{
    QFile file(QStringLiteral(":/demo/accounts.json"));
    file.open(QIODevice::ReadOnly);
    const auto json = QJsonDocument::fromJson(file.readAll()).object();
    return {Account::fromJson(json.value(QLatin1String("customer")).toObject()).value_or(Account {}),
            Account::fromJson(json.value(QLatin1String("admin")).toObject()).value_or(Account {}),
            accountsIn(json.value(QLatin1String("pending")).toArray()),
            accountsIn(json.value(QLatin1String("approved")).toArray())};
}

} // namespace kp::client
