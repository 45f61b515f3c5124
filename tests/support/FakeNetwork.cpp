#include "FakeNetwork.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTimer>

namespace {

QString keyOf(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

QJsonObject FakeNetwork::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeNetwork::Answer FakeNetwork::json(int status, const QJsonObject &body,
                                      QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return Answer {status, headers, QJsonDocument(body).toJson(QJsonDocument::Compact), QNetworkReply::NoError, false};
}

FakeNetwork::Answer FakeNetwork::error(int status, const QString &code, const QMap<QString, QString> &fields)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), code}};
    if (!fields.isEmpty()) {
        QJsonObject problems;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            problems.insert(it.key(), it.value());
        error.insert(QStringLiteral("fields"), problems);
    }
    return json(status, {{QStringLiteral("error"), error}});
}

void FakeNetwork::answer(const QByteArray &method, const QString &path, const Answer &answer)
{
    m_answers.insert(keyOf(method, path), answer);
}

void FakeNetwork::release(const QByteArray &method, const QString &path, const Answer &answer)
{
    const auto key = keyOf(method, path);
    for (auto it = m_hanging.begin(); it != m_hanging.end();) {
        if (it->first == key) {
            it->second->play(answer);
            it = m_hanging.erase(it);
        } else {
            ++it;
        }
    }
}

QList<FakeNetwork::Request> FakeNetwork::requestsTo(const QByteArray &method, const QString &path) const
{
    QList<Request> matching;
    for (const auto &request : requests) {
        if (request.method == method && request.path == path)
            matching.append(request);
    }
    return matching;
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    Request seen;
    seen.method = methodOf(op, request);
    seen.url = request.url();
    seen.path = request.url().path(QUrl::FullyEncoded);
    for (const auto &name : request.rawHeaderList())
        seen.headers.insert(name.toLower(), request.rawHeader(name));
    const auto contentType = request.header(QNetworkRequest::ContentTypeHeader).toString();
    if (!contentType.isEmpty())
        seen.headers.insert("content-type", contentType.toUtf8());
    if (outgoingData)
        seen.body = outgoingData->readAll();
    requests.append(seen);

    auto *reply = new FakeReply(seen.method, request, seen.body.size(), this);
    connect(reply, &FakeReply::abortedByClient, this, [this, reply] {
        ++aborted;
        for (auto it = m_hanging.begin(); it != m_hanging.end(); ++it) {
            if (it->second == reply) {
                m_hanging.erase(it);
                break;
            }
        }
    });
    const auto key = keyOf(seen.method, seen.path);
    const auto answer = m_answers.value(key, error(404, QStringLiteral("not_found")));
    if (answer.hangs) {
        m_hanging.append({key, reply});
        reply->hang();
    } else {
        reply->play(answer);
    }
    return reply;
}

FakeReply::FakeReply(const QByteArray &method, const QNetworkRequest &request, qint64 uploadSize, QObject *parent)
    : QNetworkReply(parent)
    , m_uploadSize(uploadSize)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly);
}

void FakeReply::play(const FakeNetwork::Answer &answer)
{
    // Later, from the event loop, as the network would: callers connect after the request.
    QTimer::singleShot(0, this, [this, answer] {
        if (m_done)
            return;
        m_done = true;
        if (m_uploadSize > 0)
            emit uploadProgress(m_uploadSize, m_uploadSize);
        if (answer.failure != QNetworkReply::NoError) {
            setError(answer.failure, QStringLiteral("fake network failure"));
            emit errorOccurred(answer.failure);
            setFinished(true);
            emit finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
        for (const auto &[name, value] : answer.headers)
            setRawHeader(name, value);
        m_body = answer.body;
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        if (answer.status >= 400) {
            // Qt's HTTP backend reports 4xx/5xx as an error besides the status; so does this.
            const auto error
                = answer.status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::UnknownContentError;
            setError(error, QStringLiteral("HTTP %1").arg(answer.status));
        }
        emit metaDataChanged();
        emit downloadProgress(m_body.size(), m_body.size());
        if (!m_body.isEmpty())
            emit readyRead();
        if (error() != QNetworkReply::NoError)
            emit errorOccurred(error());
        setFinished(true);
        emit finished();
    });
}

void FakeReply::hang()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_done && m_uploadSize > 0)
            emit uploadProgress(m_uploadSize / 2, m_uploadSize);
    });
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    emit abortedByClient();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const auto size = std::min<qint64>(maxSize, m_body.size());
    memcpy(data, m_body.constData(), size_t(size));
    m_body.remove(0, size);
    return size;
}
