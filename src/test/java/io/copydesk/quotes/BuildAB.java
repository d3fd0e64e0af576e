package io.copydesk.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the speed of two builds of the detector inside one JVM, alternating them round by round on the same
 * thread, so that the machine's drift (steal time on this host swings runs by ±30%) hits both alike. Each argument
 * directory holds {@code classes/} and {@code test-classes/} compiled from one version of the sources. Not a test:
 * run by hand, see docs/benchmarks.md.
 *
 * <pre>java -cp target/test-classes io.copydesk.quotes.BuildAB OLD_DIR NEW_DIR [corpus|big] [rounds]</pre>
 */
public final class BuildAB {

    private BuildAB() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 2 ? args[2] : "big";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Method[] analyze = new Method[2];
        Object[] detector = new Object[2];
        ClassLoader[] loader = new ClassLoader[2];
        for (int k = 0; k < 2; k++) {
            URL[] urls = {Path.of(args[k], "classes").toUri().toURL(), Path.of(args[k], "test-classes").toUri().toURL()};
            loader[k] = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> d = loader[k].loadClass("io.copydesk.quotes.QuoteDetector");
            detector[k] = d.getConstructor().newInstance();
            analyze[k] = d.getMethod("analyze", String.class);
        }
        List<String> texts = new ArrayList<>();
        if (what.equals("big")) {
            texts.add(SyntheticNews.generate(10 * 1024 * 1024, 7L));
        } else {
            for (QuoteCorpusEvaluation.Article a : QuoteCorpusEvaluation.load(QuoteCorpusEvaluation.corpusPath())) {
                texts.add(a.text());
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        for (int r = -Math.max(3, rounds / 4); r < rounds; r++) { // a quarter as many rounds again of warm-up
            for (int i = 0; i < 2; i++) {
                int k = r % 2 == 0 ? i : 1 - i; // which build goes first alternates
                long c0 = bean.getCurrentThreadCpuTime();
                for (String t : texts) {
                    analyze[k].invoke(detector[k], t);
                }
                if (r >= 0) {
                    cpu[k] += bean.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: first build %.0f ms, second build %.0f ms of CPU per round; second/first %.3f%n",
                what, cpu[0] / 1e6 / rounds, cpu[1] / 1e6 / rounds, (double) cpu[1] / cpu[0]);
    }
}
