package com.magdagateway.mutation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** Wakes the feed readers waiting in this process when an import has committed new mutations. */
@ApplicationScoped
public class MutationNotifier {

    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

    public void await(Runnable wakeUp) {
        waiting.add(wakeUp);
    }

    public void cancel(Runnable wakeUp) {
        waiting.remove(wakeUp);
    }

    /** Called after a commit; each reader is woken once and must register again to wait on. */
    public void imported() {
        for (Runnable wakeUp : waiting) {
            if (waiting.remove(wakeUp)) {
                wakeUp.run();
            }
        }
    }

    public int waiting() {
        return waiting.size();
    }
}
