#pragma once

#include <QString>

namespace kp::client {

class ApiClient;
class MainWindow;
class Session;

// `--screenshot DIR`: puts the auth pages and every registered page (PageRegistry)
// into representative states with the demo data of
// resources/demo and saves it as DIR/<nn-page>.png at 1280×800. No server is needed.
bool renderScreenshots(MainWindow &window, Session &session, ApiClient &api, const QString &directory);

} // namespace kp::client
