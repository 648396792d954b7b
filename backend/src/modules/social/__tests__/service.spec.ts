import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_MODULE } from ".."
import SocialModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<SocialModuleService>({
  moduleName: SOCIAL_MODULE,
  resolve: "./src/modules/social",
  testSuite: ({ service }) => {
    const profiles = (n: number, prefix: string) =>
      service.createProfiles(
        Array.from({ length: n }, (_, i) => ({ handle: `${prefix}-${i}`, display_name: `${prefix} ${i}`, kind: "customer" as const }))
      )

    it("keeps the like count exact under concurrent likes and repeated likes", async () => {
      const [author] = await profiles(1, "author")
      const post = await service.createPosts({ profile_id: author.id, caption: "#honey" })
      const fans = await profiles(20, "fan")

      const results = await Promise.all([
        ...fans.map((fan) => service.like(post.id, fan.id)),
        ...Array.from({ length: 10 }, () => service.like(post.id, fans[0].id)),
      ])
      expect(results.filter(Boolean)).toHaveLength(20)
      expect((await service.retrievePost(post.id)).likes_count).toEqual(20)
      expect(await service.listPostLikes({ post_id: post.id })).toHaveLength(20)

      await Promise.all([service.unlike(post.id, fans[1].id), service.unlike(post.id, fans[1].id)])
      expect((await service.retrievePost(post.id)).likes_count).toEqual(19)
    })

    it("counts follows both ways, once, and refuses to follow oneself", async () => {
      const [a, b] = await profiles(2, "follow")
      await Promise.all([service.follow(a.id, b.id), service.follow(a.id, b.id)])
      const [follower, followed] = await Promise.all([service.retrieveProfile(a.id), service.retrieveProfile(b.id)])
      expect(follower.following_count).toEqual(1)
      expect(followed.followers_count).toEqual(1)

      await expect(service.follow(a.id, a.id)).rejects.toThrow(/cannot follow itself/)
      await service.unfollow(a.id, b.id)
      await service.unfollow(a.id, b.id)
      expect((await service.retrieveProfile(a.id)).following_count).toEqual(0)
      expect((await service.retrieveProfile(b.id)).followers_count).toEqual(0)
    })

    it("counts comments and replies, and a deleted comment takes its replies with it", async () => {
      const [author, reader] = await profiles(2, "talk")
      const post = await service.createPosts({ profile_id: author.id })
      const comment = await service.addComment({ post_id: post.id, profile_id: reader.id, body: "Where is it from?" })
      await service.addComment({ post_id: post.id, profile_id: author.id, body: "Crete!", parent_id: comment })
      await service.addComment({ post_id: post.id, profile_id: reader.id, body: "Lovely" })
      expect((await service.retrievePost(post.id)).comments_count).toEqual(3)

      expect(await service.removeComment(comment)).toHaveLength(2)
      expect(await service.removeComment(comment)).toHaveLength(0)
      expect((await service.retrievePost(post.id)).comments_count).toEqual(1)
    })

    it("counts a profile's published posts only", async () => {
      const [author] = await profiles(1, "poster")
      await service.createPosts([
        { profile_id: author.id },
        { profile_id: author.id },
        { profile_id: author.id, status: "hidden" as const },
      ])
      await service.recountPosts(author.id)
      expect((await service.retrieveProfile(author.id)).posts_count).toEqual(2)
    })
  },
})
