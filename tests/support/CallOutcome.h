#pragma once

#include "client/api/ApiClient.h"

// The outcomes of one ApiCall, counted, with the last answer or error.
struct CallOutcome {
    int succeeded = 0;
    int notModified = 0;
    int failed = 0;
    kp::client::ApiResponse response;
    kp::client::ApiError error;

    void watch(kp::client::ApiCall *call)
    {
        QObject::connect(call, &kp::client::ApiCall::succeeded, [this](const kp::client::ApiResponse &r) {
            ++succeeded;
            response = r;
        });
        QObject::connect(call, &kp::client::ApiCall::notModified, [this](const kp::client::ApiResponse &r) {
            ++notModified;
            response = r;
        });
        QObject::connect(call, &kp::client::ApiCall::failed, [this](const kp::client::ApiError &e) {
            ++failed;
            error = e;
        });
    }
    int total() const { return succeeded + notModified + failed; }
};
