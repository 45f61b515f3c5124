// Client start-up benchmark: time from process start to the first painted frame of the real
// main window, as a ratio to a bare QApplication with an empty QWidget measured in the same
// run (DESIGN.md "Tests"). Each figure is the median of several child-process runs, so fonts,
// plugins and caches are cold or warm alike for both. Run on demand, not in CI:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_client_startup
#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/widgets/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <iostream>

namespace {

// Reports the first paint of the window it watches, then quits.
class FirstFrame : public QObject {
public:
    explicit FirstFrame(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::cout << m_clock.nsecsElapsed() << std::endl;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_seen = false;
};

int runOnce(int argc, char *argv[], bool full)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    FirstFrame frame(clock);
    if (!full) {
        QWidget bare;
        bare.resize(1280, 800);
        bare.installEventFilter(&frame);
        bare.show();
        return QApplication::exec();
    }
    kp::client::installTranslations(QStringLiteral("de"));
    kp::client::theme::apply(app);
    kp::client::AppContext context(QUrl(QStringLiteral("http://127.0.0.1:9")));
    context.window.installEventFilter(&frame);
    context.window.show();
    return QApplication::exec();
}

double medianMs(const QString &self, const QString &mode, int runs)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.start(self, {mode});
        child.waitForFinished(30000);
        samples.push_back(child.readAllStandardOutput().trimmed().toDouble() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && (qstrcmp(argv[1], "bare") == 0 || qstrcmp(argv[1], "full") == 0))
        return runOnce(argc, argv, qstrcmp(argv[1], "full") == 0);
    QCoreApplication app(argc, argv);
    const auto self = QCoreApplication::applicationFilePath();
    constexpr int kRuns = 9;
    const double bare = medianMs(self, QStringLiteral("bare"), kRuns);
    const double full = medianMs(self, QStringLiteral("full"), kRuns);
    std::cout << "first frame, median of " << kRuns << " runs\n"
              << "  bare QApplication + QWidget: " << bare << " ms (baseline)\n"
              << "  Kundenportal main window:    " << full << " ms, ratio " << full / bare << '\n';
    return 0;
}
