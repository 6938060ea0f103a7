// Fog, exposure and the filmic tone curve in one full-screen pass (see LookFilter, ToneCurve).
// The sky (and the background: depth 1) is a painted picture and is shown as painted; with fog it
// is the fog's colour.
#import "Common/ShaderLib/GLSLCompat.glsllib"
#import "Common/ShaderLib/MultiSample.glsllib"

uniform COLORTEXTURE m_Texture;
varying vec2 texCoord;
uniform float m_Gain;

uniform DEPTHTEXTURE m_DepthTexture;

#ifdef FOG
uniform vec2 m_NearFar;
uniform vec2 m_FrustumTan;
uniform vec3 m_FogColor;
uniform float m_FogDistance;

// Squared-exponential fog: near things (a point of interest's subject a few metres away) stay
// clear, the far distance thickens fast. At the fog's distance 2 % of the contrast would be left
// (exp(-3.912), Koschmieder's visibility); the curve is stretched to be whole exactly there.
const float K = 3.912;

float fogAmount(float depth) {
    if (depth >= 1.0) {
        return 1.0; // the sky, and nothing drawn: infinitely far
    }
    float n = m_NearFar.x;
    float f = m_NearFar.y;
    float z = 2.0 * n * f / (f + n - (2.0 * depth - 1.0) * (f - n));
    float distance = z * length(vec3((texCoord * 2.0 - 1.0) * m_FrustumTan, 1.0));
    float t = distance / m_FogDistance;
    return min(1.0, (1.0 - exp(-K * t * t)) / (1.0 - exp(-K)));
}
#endif

// ToneCurve.curve: as it is up to the knee, then a shoulder that never reaches 1.
const float KNEE = 0.6;
vec3 curve(vec3 x) {
    vec3 t = max(x - KNEE, 0.0) / (1.0 - KNEE);
    vec3 shoulder = KNEE + (1.0 - KNEE) * t / (1.0 + t);
    return mix(x, shoulder, step(KNEE, x));
}

void main() {
    vec3 color = max(getColor(m_Texture, texCoord).rgb, vec3(0.0));
    float depth = getDepth(m_DepthTexture, texCoord).r;
    #ifndef FOG
        if (depth >= 1.0) {
            gl_FragColor = vec4(color, 1.0);
            return;
        }
    #endif
    #ifdef GAMMA_SPACE
        color = pow(color, vec3(2.2));
    #endif
    #ifdef FOG
        color = mix(color, m_FogColor, fogAmount(depth));
    #endif
    color = curve(color * m_Gain);
    #ifdef GAMMA_SPACE
        color = pow(color, vec3(1.0 / 2.2));
    #endif
    gl_FragColor = vec4(color, 1.0);
}
