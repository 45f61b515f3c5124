#include "client/api/RequestScope.h"

namespace kp::client {

RequestScope::RequestScope()
    : m_current(new QObject)
{
}

RequestScope::~RequestScope()
{
    delete m_current;
}

QObject *RequestScope::begin()
{
    // Deleting the context disconnects every reply bound to it (Qt's receiver lifetime rule);
    // the calls themselves still finish and delete themselves.
    delete m_current;
    m_current = new QObject;
    return m_current;
}

} // namespace kp::client
