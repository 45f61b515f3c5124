#include "LoopbackServer.h"

#include <httplib.h>

#include <chrono>

LoopbackServer::LoopbackServer()
    : m_server(std::make_unique<httplib::Server>())
{
}

LoopbackServer::~LoopbackServer()
{
    stop();
}

bool LoopbackServer::start()
{
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0)
        return false;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // stop() before the loop runs would be lost and the join would hang, so wait until it runs.
    for (int i = 0; i < 5000 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return m_server->is_running();
}

void LoopbackServer::stop()
{
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

QString LoopbackServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}
