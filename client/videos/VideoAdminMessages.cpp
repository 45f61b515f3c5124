#include "client/videos/VideoAdminMessages.h"

namespace kp::client {

QString VideoAdminMessages::changeFailed(const QString &what, const ApiError &error)
{
    if (error.isNetworkError())
        return tr("%1: the server cannot be reached. Changes need the connection; try again once you are online.")
            .arg(what);
    return tr("%1: %2").arg(what, error.message());
}

} // namespace kp::client
