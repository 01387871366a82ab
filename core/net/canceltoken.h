// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

namespace mailwright {

/// A copyable handle to one shared atomic "stop" flag. The UI (or any thread) keeps a copy and
/// calls cancel(); the worker polls isCancelled() at least every 50 ms while it waits on the
/// network, so a cancel takes effect within 100 ms. Copies share the flag; a default-constructed
/// token has its own fresh flag. Thread-safe; no owner (shared ownership of the flag).
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}

    void cancel() const { m_flag->store(true, std::memory_order_release); }
    bool isCancelled() const { return m_flag->load(std::memory_order_acquire); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace mailwright
