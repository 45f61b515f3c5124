#pragma once

#include <QString>
#include <QWidget>

// The end-to-end flows' pictures: with KP_FLOW_SHOTS set to a folder, a flow saves its windows
// there at each step as `<name>.png`, to look at what a user saw (README "Tests"). Without it,
// nothing is grabbed.
inline void saveFlowShot(QWidget &widget, const char *name)
{
    if (qEnvironmentVariableIsSet("KP_FLOW_SHOTS"))
        widget.grab().save(qEnvironmentVariable("KP_FLOW_SHOTS") + QLatin1Char('/') + QLatin1String(name)
                           + QStringLiteral(".png"));
}
