using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// The single issuer: code + PKCE, client credentials and refresh tokens, with our own endpoints in pass-through
/// mode. City scopes (<c>city:{slug}</c>) are dynamic, so OpenIddict's static scope list is off and
/// <see cref="CityScopes"/> checks them instead.
/// </summary>
internal static class OpenIddictSetup
{
    public static IServiceCollection AddOpenKazanOpenIddict(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(ConnectEndpoints.AuthorizePath[1..])
                    .SetTokenEndpointUris(ConnectEndpoints.TokenPath[1..])
                    .SetEndSessionEndpointUris(ConnectEndpoints.EndSessionPath[1..]);
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                o.DisableScopeValidation().IgnoreScopePermissions();

                // Access tokens are signed JWTs, not encrypted ones: they carry no secret (subject, city, roles), and
                // decrypting an RSA-OAEP token on every API call was the largest CPU cost of intake (docs/benchmarks.md).
                // Codes and refresh tokens stay encrypted; they are only ever read by this server.
                o.DisableAccessTokenEncryption();
                if (environment.IsDevelopment())
                {
                    o.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                }

                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        // Read when the options are first used, not at registration: hosts and tests configure late.
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<OpenKazanIdentityOptions>>((o, identity) =>
        {
            var options = identity.Value;
            o.Issuer = options.Issuer;
            if (options.SigningCertificate is { } signing)
            {
                o.SigningCredentials.Clear();
                o.SigningCredentials.Add(Signing(signing));
                if (options.PreviousSigningCertificate is { } previous)
                {
                    o.SigningCredentials.Add(Signing(previous));
                }
            }

            if (options.EncryptionCertificate is { } encryption)
            {
                o.EncryptionCredentials.Clear();
                o.EncryptionCredentials.Add(Encrypting(encryption));
                if (options.PreviousEncryptionCertificate is { } previous)
                {
                    o.EncryptionCredentials.Add(Encrypting(previous));
                }
            }
        });
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<OpenKazanIdentityOptions>>((o, identity) =>
            o.DisableTransportSecurityRequirement = !identity.Value.RequireHttps);
        return services;
    }

    private static SigningCredentials Signing(CertificateOptions certificate) =>
        new(new X509SecurityKey(Load(certificate)), SecurityAlgorithms.RsaSha256);

    private static EncryptingCredentials Encrypting(CertificateOptions certificate) =>
        new(new X509SecurityKey(Load(certificate)), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);

    private static X509Certificate2 Load(CertificateOptions certificate) => certificate switch
    {
        { Base64: { Length: > 0 } base64 } => X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64), certificate.Password, X509KeyStorageFlags.EphemeralKeySet),
        { Path: { Length: > 0 } path } => X509CertificateLoader.LoadPkcs12FromFile(path, certificate.Password, X509KeyStorageFlags.EphemeralKeySet),
        _ => throw new InvalidOperationException("An Identity certificate needs Path or Base64."),
    };
}
