using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Summarizer.Engine.Numerics;

/// <summary>Small dense-vector kernels over spans (SIMD through <see cref="Vector{T}"/>, scalar tail).
/// Embedding dimensions are small (25..300), so these stay allocation-free and branch-light.</summary>
internal static class VectorMath
{
    /// <summary>acc += scale * x.</summary>
    public static void AddScaled(Span<float> acc, ReadOnlySpan<float> x, float scale)
    {
        int n = Math.Min(acc.Length, x.Length), i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            ref float a = ref MemoryMarshal.GetReference(acc);
            ref float b = ref MemoryMarshal.GetReference(x);
            var s = new Vector<float>(scale);
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                var va = Vector.LoadUnsafe(ref a, (nuint)i);
                var vb = Vector.LoadUnsafe(ref b, (nuint)i);
                (va + vb * s).StoreUnsafe(ref a, (nuint)i);
            }
        }
        for (; i < n; i++) acc[i] += scale * x[i];
    }

    public static void Scale(Span<float> x, float scale)
    {
        for (int i = 0; i < x.Length; i++) x[i] *= scale;
    }

    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = Math.Min(x.Length, y.Length), i = 0;
        float sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            ref float a = ref MemoryMarshal.GetReference(x);
            ref float b = ref MemoryMarshal.GetReference(y);
            var acc = Vector<float>.Zero;
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
                acc += Vector.LoadUnsafe(ref a, (nuint)i) * Vector.LoadUnsafe(ref b, (nuint)i);
            sum = Vector.Sum(acc);
        }
        for (; i < n; i++) sum += x[i] * y[i];
        return sum;
    }

    public static float SquaredDistance(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = Math.Min(x.Length, y.Length), i = 0;
        float sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            ref float a = ref MemoryMarshal.GetReference(x);
            ref float b = ref MemoryMarshal.GetReference(y);
            var acc = Vector<float>.Zero;
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                var d = Vector.LoadUnsafe(ref a, (nuint)i) - Vector.LoadUnsafe(ref b, (nuint)i);
                acc += d * d;
            }
            sum = Vector.Sum(acc);
        }
        for (; i < n; i++)
        {
            float d = x[i] - y[i];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>Scales x to unit length; a zero vector stays zero (never NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NormalizeInPlace(Span<float> x)
    {
        float norm = MathF.Sqrt(Dot(x, x));
        if (norm > 1e-12f && float.IsFinite(norm)) Scale(x, 1f / norm);
        else x.Clear();
    }
}
