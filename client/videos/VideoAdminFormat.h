#pragma once

#include <QString>

// How the admin's video pages write a length and a file size.
namespace kp::client::videoformat {

// "3:07", "1:02:03"; "–" for a video without a file yet (length 0).
QString duration(double seconds);

} // namespace kp::client::videoformat
