#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace kp::server {

// A list page's cursor: the last row's rowid, opaque to clients (base64url of `<tag><rowid>`).
// Each list has its own tag, so a cursor of one list is refused by another rather than misread.
inline QString encodeRowidCursor(QByteArrayView tag, qint64 rowid)
{
    return QString::fromLatin1((tag.toByteArray() + QByteArray::number(rowid))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The rowid of a cursor of this tag; none for anything else.
inline std::optional<qint64> decodeRowidCursor(QByteArrayView tag, const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith(tag))
        return std::nullopt;
    bool ok = false;
    const auto rowid = (*decoded).mid(tag.size()).toLongLong(&ok);
    return ok && rowid > 0 ? std::optional(rowid) : std::nullopt;
}

} // namespace kp::server
