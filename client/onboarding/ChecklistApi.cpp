#include "client/onboarding/ChecklistApi.h"

namespace kp::client {

QJsonObject ChecklistApi::answersBody(const QJsonObject &answers)
{
    return {{QStringLiteral("answers"), answers}};
}

QString ChecklistApi::answersPath()
{
    return QStringLiteral("/api/v1/checklist/answers");
}

Reply<CustomerChecklist> ChecklistApi::load()
{
    return {m_api.get(QStringLiteral("/api/v1/checklist")), decode::object<&CustomerChecklist::fromJson>};
}

Reply<CustomerChecklist> ChecklistApi::saveAnswers(const QJsonObject &answers)
{
    return {m_api.put(answersPath(), answersBody(answers)), decode::object<&CustomerChecklist::fromJson>};
}

Reply<ChecklistFile> ChecklistApi::uploadFile(const QString &itemId, const QByteArray &bytes, const QString &name,
                                              const QString &contentType)
{
    RequestOptions options;
    options.query.append({QStringLiteral("name"), name});
    return {m_api.upload("PUT", QStringLiteral("/api/v1/checklist/files/") + ApiClient::pathSegment(itemId), bytes,
                         contentType, options),
            decode::object<&ChecklistFile::fromJson>};
}

Reply<CustomerChecklist> ChecklistApi::complete()
{
    return {m_api.post(QStringLiteral("/api/v1/checklist/complete")), decode::object<&CustomerChecklist::fromJson>};
}

} // namespace kp::client
