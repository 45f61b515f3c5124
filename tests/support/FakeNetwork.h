#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

class FakeReply;

// A QNetworkAccessManager that answers from a table instead of the network, so client tests run
// without a server (after nextcloud/desktop's FakeQNAM in test/syncenginetestutils.h). Each
// method + path gets an answer (status, headers, body), a network failure, or "hang": the reply
// stays open (upload progress half way) until release() or the client cancels. Every request is
// recorded as it arrived. Answers come asynchronously, as real ones do. Paths without an entry
// answer 404 `not_found`.
//
//   FakeNetwork network;
//   network.answer("PATCH", "/api/v1/me", FakeNetwork::json(200, account.toJson()));
//   ApiClient api(nullptr, &network);
class FakeNetwork : public QNetworkAccessManager {
    Q_OBJECT

public:
    struct Answer {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QNetworkReply::NetworkError failure = QNetworkReply::NoError; // set: no HTTP answer at all
        bool hangs = false;
    };

    struct Request {
        QByteArray method;
        QUrl url;
        QString path; // percent-encoded, as on the wire
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;

        QJsonObject json() const;
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    static Answer json(int status, const QJsonObject &body, QList<std::pair<QByteArray, QByteArray>> headers = {});
    // The API's error shape (API.md), with field problems for validation failures.
    static Answer error(int status, const QString &code, const QMap<QString, QString> &fields = {});
    static Answer noContent() { return Answer {204, {}, {}, QNetworkReply::NoError, false}; }
    static Answer failure(QNetworkReply::NetworkError error) { return Answer {0, {}, {}, error, false}; }
    static Answer hanging() { return Answer {200, {}, {}, QNetworkReply::NoError, true}; }

    // Every later `method path` request gets `answer` (until replaced).
    void answer(const QByteArray &method, const QString &path, const Answer &answer);
    // Answers the requests of `method path` that hang with `answer`.
    void release(const QByteArray &method, const QString &path, const Answer &answer);

    QList<Request> requests;
    int aborted = 0; // replies the client cancelled

    // The requests made to `method path`.
    QList<Request> requestsTo(const QByteArray &method, const QString &path) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QMap<QString, Answer> m_answers; // "METHOD path" → answer
    QList<std::pair<QString, FakeReply *>> m_hanging;
};

// One fake reply: plays back an Answer through QNetworkReply's signals.
class FakeReply : public QNetworkReply {
    Q_OBJECT

public:
    FakeReply(const QByteArray &method, const QNetworkRequest &request, qint64 uploadSize, QObject *parent);

    void play(const FakeNetwork::Answer &answer);
    // Sends half the upload and then waits.
    void hang();
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

signals:
    void abortedByClient();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_uploadSize;
    bool m_done = false;
};
