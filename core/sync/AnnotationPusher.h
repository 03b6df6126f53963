#pragma once

#include <QCoreApplication>
#include <QString>

namespace yiping::store {
class AnnotationQueue;
}

namespace yiping::sync {

class ApiClient;

// Uploads the annotations queued in the cache with idempotent PUT /annotations/{id}: a
// retry after a lost answer stores nothing twice. On 409 the user's text stays in the
// queue as a conflict, with the server's `current` record beside it, for the user to
// resolve; it is never dropped and not sent again until resolved.
class AnnotationPusher
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationPusher)

public:
    struct Outcome
    {
        int pushed = 0;
        int conflicts = 0;
        QString error; // the first failure; entries that failed stay queued
        bool cancelled = false;
    };

    AnnotationPusher(ApiClient &api, store::AnnotationQueue &queue)
        : m_api(api)
        , m_queue(queue)
    {}
    Outcome push();

private:
    ApiClient &m_api;
    store::AnnotationQueue &m_queue;
};

} // namespace yiping::sync
