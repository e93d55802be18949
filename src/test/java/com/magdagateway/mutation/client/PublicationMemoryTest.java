package com.magdagateway.mutation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.magdagateway.support.Publications;

/**
 * The reader's memory does not grow with the file: 50,000 Onderwerpen (about 75 MB) are read by a JVM whose whole
 * heap is 48 MB, which could not hold the file, let alone a tree built from it.
 */
class PublicationMemoryTest {

    private static final int ONDERWERPEN = 50_000;
    private static final String HEAP = "-Xmx48m";

    @Test
    void fiftyThousandOnderwerpenFitInAHeapSmallerThanTheFile(@TempDir Path dir) throws Exception {
        Path file = Publications.generate(dir.resolve("big.xml"), "MEM", ONDERWERPEN, Publications.JAN, 1000);
        assertThat(Files.size(file)).isGreaterThan(60L * 1024 * 1024);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CountOnderwerpen.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(ended).as("the reader finished").isTrue();
        assertThat(output).as(output).contains("accepted=" + ONDERWERPEN + " rejected=0");
        assertThat(child.exitValue()).isZero();
    }

}
