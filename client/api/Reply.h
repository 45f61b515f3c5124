#pragma once

#include "client/api/ApiClient.h"

#include <QObject>

#include <memory>
#include <optional>

namespace kp::client {

// The answer of a route without a body (204), or one whose body the caller does not need.
struct NoContent { };

// A typed view of one ApiCall: the feature API decodes the answer once (a body that does not
// decode becomes failed() with ApiError::unexpectedAnswer), and callers receive a T, never raw
// JSON. Copyable handle; the ApiCall owns itself as before.
//
//   m_profile.update(changes)
//       .onSuccess(m_scope.current(), [this](const Account &account) { show(account); })
//       .onFailure(m_scope.current(), [this](const ApiError &error) { showProblems(error); });
//
// `context` decides the reply's life on the receiving side: when it is destroyed (a page closed,
// or RequestScope began a newer load) nothing is delivered.
template <typename T> class Reply {
public:
    using Decoder = std::function<std::optional<T>(const ApiResponse &)>;

    Reply(ApiCall *call, Decoder decode)
        : m_call(call)
        , m_value(std::make_shared<std::optional<T>>())
        , m_decode(std::move(decode))
    {
        call->setDecoder([value = m_value, decode = m_decode](const ApiResponse &response) {
            *value = decode(response);
            return value->has_value();
        });
    }

    template <typename F> const Reply &onSuccess(QObject *context, F &&handler) const
    {
        QObject::connect(m_call, &ApiCall::succeeded, context,
                         [value = m_value, handler = std::forward<F>(handler)] { handler(**value); });
        return *this;
    }

    // The answer the response cache kept from an earlier visit (a cached GET only), before the
    // server's: the page shows it at once. An earlier answer that does not decode is skipped.
    template <typename F> const Reply &onStored(QObject *context, F &&handler) const
    {
        QObject::connect(m_call, &ApiCall::storedAnswer, context,
                         [decode = m_decode, handler = std::forward<F>(handler)](const ApiResponse &response) {
                             if (auto value = decode(response))
                                 handler(*value);
                         });
        return *this;
    }

    template <typename F> const Reply &onFailure(QObject *context, F &&handler) const
    {
        QObject::connect(m_call, &ApiCall::failed, context, std::forward<F>(handler));
        return *this;
    }

    // The transfer itself: progress(), notModified(), cancel().
    ApiCall *call() const { return m_call; }

private:
    ApiCall *m_call;
    std::shared_ptr<std::optional<T>> m_value;
    Decoder m_decode;
};

// Decoders shared by the feature APIs.
namespace decode {

inline std::optional<NoContent> nothing(const ApiResponse &)
{
    return NoContent {};
}

// A JSON object answer read by a type's `fromJson` (e.g. Account::fromJson).
template <auto FromJson> std::optional<std::decay_t<decltype(*FromJson(QJsonObject {}))>> object(const ApiResponse &r)
{
    return FromJson(r.json());
}

} // namespace decode

} // namespace kp::client
