#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kp::server {

// What a handler answers. JSON is the usual kind; the others serve images, media, landing
// pages and links. Any kind may carry extra headers (Cache-Control, …). The router adds what
// is the same for every route: an ETag on JSON GET answers and on bytes and files, 304 for a
// matching If-None-Match, and HTTP Range for files.
//
//   return Reply::json(account.toJson());
//   return Reply::bytes(png, "image/png").withHeader("Cache-Control", "private, max-age=3600");
//   return Reply::file(path, "video/mp4");          // streamed, with Range and If-Range
//   return Reply::redirect("kundenportal://register?ref=ABC", 303);
class Reply {
public:
    enum class Kind { Json, Empty, Bytes, File, Html, Redirect };

    static Reply json(QJsonObject body, int status = 200);
    static Reply noContent();
    static Reply bytes(QByteArray bytes, std::string contentType, int status = 200);
    // The file is opened when the answer is written: a path that cannot be opened answers 404.
    static Reply file(QString path, std::string contentType);
    static Reply html(const QString &page, int status = 200);
    static Reply redirect(const QString &url, int status = 302);

    Reply &withHeader(std::string name, std::string value);
    // Keeps `lease` alive until the answer has been written to the end (or given up), e.g. a
    // slot of a cap on concurrent media transfers: a file's bytes go out after the handler.
    Reply &holding(std::shared_ptr<void> lease);
    const std::shared_ptr<void> &lease() const { return m_lease; }

    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    const QJsonObject &jsonBody() const { return m_json; }
    const QByteArray &bytesBody() const { return m_bytes; }
    const std::string &contentType() const { return m_contentType; }
    const QString &filePath() const { return m_filePath; }
    const std::vector<std::pair<std::string, std::string>> &headers() const { return m_headers; }

private:
    Reply(Kind kind, int status);

    Kind m_kind;
    int m_status;
    QJsonObject m_json;
    QByteArray m_bytes; // Bytes and Html
    std::string m_contentType;
    QString m_filePath;
    std::vector<std::pair<std::string, std::string>> m_headers;
    std::shared_ptr<void> m_lease;
};

} // namespace kp::server
