#pragma once

#include "facebook/FakeGraphApi.h"

#include <QMap>
#include <QString>

// The config keys that point the real server's Facebook connector at FakeGraphApi (for suites
// that link kpfakes). The ad accounts, their tokens and rows are set on the fake itself.
inline QMap<QString, QString> fakeGraphApiSettings(const FakeGraphApi &graph)
{
    return {{QStringLiteral("facebook/graph_url"), graph.baseUrl()}};
}
