#include "client/api/SheetProblem.h"

#include <QJsonObject>

namespace kp::client {

QList<SheetProblem> SheetProblem::listFromJson(const QJsonArray &json)
{
    QList<SheetProblem> problems;
    for (const auto &value : json) {
        if (!value.isObject())
            continue;
        const auto problem = value.toObject();
        const auto text = [&problem](const char *key) { return problem.value(QLatin1String(key)).toString(); };
        problems.append({text("code"), problem.value(QLatin1String("row")).toInt(), text("column"), text("value")});
    }
    return problems;
}

} // namespace kp::client
