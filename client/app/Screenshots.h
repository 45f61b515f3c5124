#pragma once

#include <QString>

namespace kp::client {

class MainWindow;
class Session;

// `--screenshot DIR`: puts every page into a representative state with the demo data of
// resources/demo and saves it as DIR/<nn-page>.png at 1280×800. No server is needed.
bool renderScreenshots(MainWindow &window, Session &session, const QString &directory);

} // namespace kp::client
