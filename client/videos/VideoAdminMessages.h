#pragma once

#include "client/api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace kp::client {

// Sentences the admin's video page and its editor share.
struct VideoAdminMessages {
    Q_DECLARE_TR_FUNCTIONS(VideoAdminMessages)

public:
    // "<what>: <why>"; without the server: that changes need the connection (the page may
    // show the cached copy, but nothing is written while offline).
    static QString changeFailed(const QString &what, const ApiError &error);
};

} // namespace kp::client
