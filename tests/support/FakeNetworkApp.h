#pragma once

#include "client/app/AppContext.h"
#include "client/app/StoredSession.h"

#include "FakeNetwork.h"
#include "MemoryTokenStore.h"

#include <memory>

// Starts the app on `network` instead of a server, with a stored session of `accountId` (as if
// logged in before): window shown at the screenshots' size, the session being restored. The
// caller answers GET /api/v1/me on `network` first and waits for Session::State::Active.
inline std::unique_ptr<kp::client::AppContext> launchWithStoredSession(FakeNetwork &network, const QString &server,
                                                                       const QString &accountId)
{
    auto tokens = std::make_unique<MemoryTokenStore>();
    tokens->tokens.insert(server, kp::client::StoredSession {QStringLiteral("token-1"), accountId}.toText());
    auto app = std::make_unique<kp::client::AppContext>(QUrl(server), std::move(tokens), &network);
    app->window.resize(1280, 800);
    app->window.show();
    app->session.restore();
    return app;
}
