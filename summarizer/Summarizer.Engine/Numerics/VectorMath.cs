using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summarizer.Engine.Numerics;

/// <summary>Small dense-vector kernels over spans (SIMD, scalar tail). Embedding dimensions are small (25..300), so
/// these stay allocation-free and branch-light. Every result is the same on every CPU: element-wise kernels round each
/// element once either way, and sums keep a fixed lane order (<see cref="SumLanes"/>).</summary>
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

    /// <summary>Σ x·y, summed in <see cref="SumLanes"/> lanes and reduced in a fixed order (see <see cref="Reduce"/>).</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = Math.Min(x.Length, y.Length), i = 0;
        float sum = 0;
        if (n >= SumLanes)
        {
            ref float a = ref MemoryMarshal.GetReference(x);
            ref float b = ref MemoryMarshal.GetReference(y);
            Vector128<float> low = Vector128<float>.Zero, high = Vector128<float>.Zero;
            for (; i <= n - SumLanes; i += SumLanes)
            {
                low += Vector128.LoadUnsafe(ref a, (nuint)i) * Vector128.LoadUnsafe(ref b, (nuint)i);
                high += Vector128.LoadUnsafe(ref a, (nuint)(i + 4)) * Vector128.LoadUnsafe(ref b, (nuint)(i + 4));
            }
            sum = Reduce(low, high);
        }
        for (; i < n; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>Σ (x − y)², summed like <see cref="Dot"/>.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = Math.Min(x.Length, y.Length), i = 0;
        float sum = 0;
        if (n >= SumLanes)
        {
            ref float a = ref MemoryMarshal.GetReference(x);
            ref float b = ref MemoryMarshal.GetReference(y);
            Vector128<float> low = Vector128<float>.Zero, high = Vector128<float>.Zero;
            for (; i <= n - SumLanes; i += SumLanes)
            {
                var dLow = Vector128.LoadUnsafe(ref a, (nuint)i) - Vector128.LoadUnsafe(ref b, (nuint)i);
                var dHigh = Vector128.LoadUnsafe(ref a, (nuint)(i + 4)) - Vector128.LoadUnsafe(ref b, (nuint)(i + 4));
                low += dLow * dLow;
                high += dHigh * dHigh;
            }
            sum = Reduce(low, high);
        }
        for (; i < n; i++)
        {
            float d = x[i] - y[i];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>
    /// Lanes a sum is split into: element i goes to lane i mod 8, whatever the CPU. Floating-point addition is not
    /// associative, so a sum taken in the CPU's own vector width (<see cref="Vector{T}"/>: 8 floats with AVX2, 4 with
    /// SSE or Neon, 1 without SIMD) rounds differently on each, and the same text could get another summary on the
    /// EC2 worker than in the Native AOT function. Two 128-bit accumulators give the same 8 lanes on every CPU
    /// (software-emulated, bit for bit, where there is no SIMD at all).
    /// </summary>
    public const int SumLanes = 8;

    /// <summary>The 8 lanes to one sum, always as ((l0 + l4) + (l1 + l5)) + ((l2 + l6) + (l3 + l7)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Reduce(Vector128<float> low, Vector128<float> high)
    {
        var pairs = low + high;
        return (pairs.GetElement(0) + pairs.GetElement(1)) + (pairs.GetElement(2) + pairs.GetElement(3));
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
