using System.Runtime.InteropServices;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// The two ways the Lambda function's `bootstrap` is built (functions/Summarizer.Function/Summarizer.Function.csproj,
/// property LambdaPackage). Both run on provided.al2023 x86_64 and pass the same package tests.
/// </summary>
public enum FunctionPackageKind
{
    /// <summary>Native AOT: one native executable, the fastest cold start. .NET cannot compile it for another OS, so
    /// only a linux-x64 machine builds it.</summary>
    NativeAot,

    /// <summary>Self-contained, trimmed, ReadyToRun for linux-x64: the .NET runtime travels in the package. Builds on
    /// any OS and architecture the SDK runs on.</summary>
    SelfContained,
}

public static class FunctionPackageKinds
{
    /// <summary>The value of the function project's LambdaPackage property.</summary>
    public static string MsBuildValue(this FunctionPackageKind kind) => kind switch
    {
        FunctionPackageKind.NativeAot => "aot",
        FunctionPackageKind.SelfContained => "self-contained",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Describe(this FunctionPackageKind kind) => kind switch
    {
        FunctionPackageKind.NativeAot => "Native AOT",
        FunctionPackageKind.SelfContained => "self-contained ReadyToRun (trimmed)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Native AOT where the deploying machine can build it (Linux on x64), the self-contained build elsewhere.</summary>
    public static FunctionPackageKind For(bool isLinux, Architecture architecture) =>
        isLinux && architecture == Architecture.X64 ? FunctionPackageKind.NativeAot : FunctionPackageKind.SelfContained;

    /// <summary>The kind this machine builds.</summary>
    public static FunctionPackageKind ForThisMachine() =>
        For(OperatingSystem.IsLinux(), RuntimeInformation.OSArchitecture);
}
