using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Security;

/// <summary>
/// The optional access token (required when the server listens beyond loopback). A client shows it as
/// <c>Authorization: Bearer TOKEN</c>; a browser opens any page once with <c>?token=TOKEN</c>, which sets an
/// HttpOnly, SameSite=Strict cookie and redirects to the same address without the token in it.
/// </summary>
public sealed class TokenGate(string token)
{
    public const string CookieName = "sitrep_token";
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public enum Outcome { Allowed, SetCookieAndRedirect, Denied }

    public Outcome Check(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) && Matches(auth[7..]))
            return Outcome.Allowed;
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie)) return Outcome.Allowed;
        if (request.Query.TryGetValue("token", out var query) && Matches(query.ToString())) return Outcome.SetCookieAndRedirect;
        return Outcome.Denied;
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
