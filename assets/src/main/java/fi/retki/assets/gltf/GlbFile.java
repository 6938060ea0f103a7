package fi.retki.assets.gltf;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parsed GLB: its glTF JSON and its binary chunk.
 *
 * @param json the glTF document
 * @param bin the BIN chunk's bytes (padding included), or {@code null} if there is none
 */
public record GlbFile(ObjectNode json, byte[] bin) {}
