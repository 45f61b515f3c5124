#include "ConnectionPressure.h"

#include <QString>

using namespace std::chrono_literals;

namespace {

const QByteArray kHealth = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

QByteArray sourceAddress(int subnet, int index)
{
    return QStringLiteral("127.0.%1.%2").arg(subnet).arg(index % 8 + 1).toLatin1();
}

} // namespace

ConnectionPressure::ConnectionPressure(int port, int idle, int slow)
{
    for (int i = 0; i < idle; ++i) {
        m_idle.push_back(std::make_unique<RawConnection>(port, sourceAddress(3, i).constData()));
        m_established = m_established && RawAnswer::parse(m_idle.back()->exchange(kHealth, 10s)).status == 200;
    }
    for (int i = 0; i < slow; ++i) {
        m_slow.push_back(std::make_unique<RawConnection>(port, sourceAddress(4, i).constData()));
        m_established = m_established
            && m_slow.back()->send(i % 2
                                       ? QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n")
                                       : QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                    "Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n{"));
    }
    m_trickle = std::thread([this] {
        while (m_trickling) {
            for (std::size_t i = 0; i < m_slow.size(); ++i)
                m_slow[i]->send(i % 2 ? QByteArray("X-Slow: y\r\n") : QByteArray(" "));
            std::this_thread::sleep_for(200ms);
        }
    });
}

ConnectionPressure::~ConnectionPressure()
{
    m_trickling = false;
    m_trickle.join();
}

bool ConnectionPressure::slowOnesStillHeld()
{
    for (const auto &connection : m_slow)
        if (connection->waitForClose(0ms))
            return false;
    return true;
}

double healthLatencyMs(int port, const char *source)
{
    const auto start = std::chrono::steady_clock::now();
    RawConnection connection(port, source);
    const auto answer = RawAnswer::parse(connection.exchange(kHealth, 10s));
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return answer.status == 200 ? elapsed : -1.0;
}
