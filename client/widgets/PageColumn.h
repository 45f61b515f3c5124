#pragma once

#include <initializer_list>

class QVBoxLayout;
class QWidget;

namespace kp::client {

// A page's column as UI.md lays it out: the page margins, then `top` (the header and the notices
// under it) at their natural height, then `rest` (the state panel for loading, empty and error,
// and the content), which share the remaining height; one of them shows at a time.
QVBoxLayout *pageColumn(QWidget *page, std::initializer_list<QWidget *> top, std::initializer_list<QWidget *> rest);

} // namespace kp::client
