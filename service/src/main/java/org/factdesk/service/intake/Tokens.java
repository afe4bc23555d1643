package org.factdesk.service.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Words and punctuation with offsets, from Apache OpenNLP's English tokenizer model (Universal Dependencies
 * EWT, a Maven artifact on the class path). Loaded once; safe to use from many threads.
 */
final class Tokens {

    static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeTokenizerME tokenizer;

    Tokens() {
        try (InputStream in = Tokens.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP tokenizer model " + MODEL + " is not on the class path");
            }
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Token> of(String text, int from, int to) {
        Span[] spans = tokenizer.tokenizePos(text.substring(from, to));
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            tokens.add(new Token(text.substring(start, end), start, end));
        }
        return tokens;
    }
}
