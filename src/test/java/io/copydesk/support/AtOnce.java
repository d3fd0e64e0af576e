package io.copydesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;

/** Sends requests at the same instant (threads released together) and returns their status codes in order. */
public final class AtOnce {

    private AtOnce() {
    }

    public static List<Integer> statuses(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Response> f : futures) {
                codes.add(f.get().statusCode());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
