#include "server/http/EntityTag.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace kp::server {
namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::string_view withoutWeakPrefix(std::string_view tag)
{
    return tag.starts_with("W/") ? tag.substr(2) : tag;
}

} // namespace

std::string strongTagOf(std::string_view body)
{
    const auto digest
        = QCryptographicHash::hash(QByteArrayView(body.data(), qsizetype(body.size())), QCryptographicHash::Sha256);
    return '"' + digest.left(16).toHex().toStdString() + '"';
}

bool ifNoneMatchHits(std::string_view headerValue, std::string_view currentTag)
{
    if (currentTag.empty())
        return false;
    const auto current = withoutWeakPrefix(currentTag);
    while (!headerValue.empty()) {
        const auto comma = headerValue.find(',');
        const auto candidate = trimmed(headerValue.substr(0, comma));
        if (candidate == "*" || withoutWeakPrefix(candidate) == current)
            return true;
        if (comma == std::string_view::npos)
            break;
        headerValue.remove_prefix(comma + 1);
    }
    return false;
}

bool strongTagsEqual(std::string_view a, std::string_view b)
{
    a = trimmed(a);
    b = trimmed(b);
    return !a.starts_with("W/") && a.size() >= 2 && a.front() == '"' && a == b;
}

} // namespace kp::server
