package com.magdagateway.mutation.client;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.magdagateway.mutation.PublicationSink;
import com.magdagateway.mutation.PublishedMutation;
import com.magdagateway.mutation.Rejection;

/** Run in a JVM with a small heap by {@link PublicationMemoryTest}: reads a publication and prints what it counted. */
public final class CountOnderwerpen {

    private CountOnderwerpen() {
    }

    public static void main(String[] args) throws Exception {
        long[] counts = new long[2];
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            MutationPublicationClient.read(in, new PublicationSink() {
                @Override
                public void accept(PublishedMutation mutation) {
                    counts[0]++;
                }

                @Override
                public void reject(Rejection rejection) {
                    counts[1]++;
                }
            });
        }
        System.out.println("accepted=" + counts[0] + " rejected=" + counts[1]);
    }
}
