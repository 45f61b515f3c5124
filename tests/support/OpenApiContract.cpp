#include "OpenApiContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

const OpenApiContract &OpenApiContract::instance()
{
    static const OpenApiContract contract;
    return contract;
}

OpenApiContract::OpenApiContract()
{
    QFile file(QStringLiteral(KP_OPENAPI_FILE));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", KP_OPENAPI_FILE);
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("openapi.json does not parse: %s", qPrintable(error.errorString()));
}

QStringList OpenApiContract::operations() const
{
    QStringList result;
    const auto paths = m_document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const auto item = path.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (op.key() != QLatin1String("parameters"))
                result.append(op.key().toUpper() + QLatin1Char(' ') + path.key());
        }
    }
    return result;
}

QString OpenApiContract::templateFor(const QString &path) const
{
    const auto paths = m_document.value(QLatin1String("paths")).toObject();
    static const QRegularExpression placeholder(QStringLiteral(R"(\{[a-z_]+\})"));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        auto pattern = QRegularExpression::escape(it.key());
        pattern.replace(QRegularExpression(QStringLiteral(R"(\\\{[a-z_]+\\\})")), QStringLiteral("[^/]+"));
        if (QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')).match(path).hasMatch())
            return it.key();
    }
    return {};
}

QJsonObject OpenApiContract::resolve(const QJsonObject &schema) const
{
    const auto ref = schema.value(QLatin1String("$ref")).toString();
    if (ref.isEmpty())
        return schema;
    QJsonValue node = m_document;
    for (const auto &part : ref.mid(2).split(QLatin1Char('/')))
        node = node.toObject().value(part);
    return resolve(node.toObject());
}

QStringList OpenApiContract::check(const QString &method, const QString &path, int status, const QByteArray &body,
                                   const QString &contentType, const std::optional<QSet<QString>> &headerNames) const
{
    const auto where = QStringLiteral("%1 %2 → %3").arg(method, path).arg(status);
    const auto pathTemplate = templateFor(path.section(QLatin1Char('?'), 0, 0));
    if (pathTemplate.isEmpty())
        return {where + QStringLiteral(": path not in openapi.json")};
    const auto operation = m_document.value(QLatin1String("paths"))
                               .toObject()
                               .value(pathTemplate)
                               .toObject()
                               .value(method.toLower())
                               .toObject();
    if (operation.isEmpty())
        return {where + QStringLiteral(": method not documented for ") + pathTemplate};
    const auto responses = operation.value(QLatin1String("responses")).toObject();
    auto response = responses.value(QString::number(status)).toObject();
    if (response.isEmpty())
        return {where + QStringLiteral(": status not documented")};
    response = resolve(response);
    QStringList missingHeaders;
    const auto documentedHeaders = response.value(QLatin1String("headers")).toObject();
    for (auto it = documentedHeaders.begin(); headerNames && it != documentedHeaders.end(); ++it) {
        if (!headerNames->contains(it.key().toLower()))
            missingHeaders.append(where + QStringLiteral(": documented header missing: ") + it.key());
    }
    if (!missingHeaders.isEmpty())
        return missingHeaders;
    const auto content = response.value(QLatin1String("content")).toObject();
    if (content.isEmpty())
        return body.isEmpty() ? QStringList()
                              : QStringList {where + QStringLiteral(": documented without a body, got one")};
    // A media type the operation documents other than JSON (a picture, a page) is checked by
    // its type only: its bytes have no schema to hold them against.
    const auto mediaType = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mediaType != QLatin1String("application/json"))
        return content.contains(mediaType) ? QStringList()
                                           : QStringList {where + QStringLiteral(": content type ") + contentType};
    const auto schema
        = content.value(QLatin1String("application/json")).toObject().value(QLatin1String("schema")).toObject();
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {where + QStringLiteral(": body is not JSON")};
    QStringList problems;
    validate(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), schema,
             where + QStringLiteral(" body"), problems);
    return problems;
}

void OpenApiContract::validate(const QJsonValue &value, const QJsonObject &schemaIn, const QString &where,
                               QStringList &problems) const
{
    const auto schema = resolve(schemaIn);
    if (value.isNull()) {
        if (!schema.value(QLatin1String("nullable")).toBool())
            problems.append(where + QStringLiteral(": null but not nullable"));
        return;
    }
    const auto type = schema.value(QLatin1String("type")).toString();
    const auto mismatch = [&](const char *expected) {
        problems.append(where + QStringLiteral(": expected ") + QLatin1String(expected));
    };
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return mismatch("string");
        const auto allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            problems.append(where + QStringLiteral(": \"%1\" not in enum").arg(value.toString()));
    } else if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return mismatch("integer");
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            return mismatch("number");
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            return mismatch("boolean");
    } else if (type == QLatin1String("array")) {
        if (!value.isArray())
            return mismatch("array");
        const auto items = schema.value(QLatin1String("items")).toObject();
        int index = 0;
        for (const auto &item : value.toArray())
            validate(item, items, QStringLiteral("%1[%2]").arg(where).arg(index++), problems);
    } else if (type == QLatin1String("object")) {
        if (!value.isObject())
            return mismatch("object");
        const auto object = value.toObject();
        const auto properties = schema.value(QLatin1String("properties")).toObject();
        for (const auto &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems.append(where + QStringLiteral(": missing ") + required.toString());
        }
        const auto additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto member = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), member, problems);
            else if (additional.isObject())
                validate(it.value(), additional.toObject(), member, problems);
            else
                problems.append(member + QStringLiteral(": not documented"));
        }
    }
}
