/** A bare Next.js app: the bench's reference for what the framework alone costs a phone. */
const nextConfig = { poweredByHeader: false };

export default nextConfig;
