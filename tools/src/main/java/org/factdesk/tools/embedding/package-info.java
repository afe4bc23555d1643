/** Sentence embeddings computed in-process (ONNX models from Maven Central), cached on disk for the evaluations. */
package org.factdesk.tools.embedding;
