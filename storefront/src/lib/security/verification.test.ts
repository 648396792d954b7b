import { describe, expect, it } from "vitest"

import { confirmProblem } from "./verification"

describe("confirmProblem", () => {
  it("tells an expired link from a used or unknown one", () => {
    expect(confirmProblem(400, "Verification code has expired")).toBe("expired")
    expect(confirmProblem(400, "Verification code is invalid or already used")).toBe("invalid")
    expect(confirmProblem(400, 'Verification code does not belong to provider "token"')).toBe("invalid")
  })

  it("counts anything but a 400 as a failure", () => {
    expect(confirmProblem(500, "Verification code has expired")).toBe("failed")
    expect(confirmProblem(undefined, "fetch failed")).toBe("failed")
  })
})
