"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { createUserSchema, resetPasswordSchema, setDisabledSchema, updateRoleSchema } from "./schemas";
import { createUser, resetUserPassword, setUserDisabled, updateUserRole } from "./service";

export const createUserAction = defineAction("users.create", createUserSchema, async (input, actor) => {
  const user = await createUser(await getDb(), actor, input);
  revalidatePath("/admin/users");
  return user;
});

export const updateUserRoleAction = defineAction("users.updateRole", updateRoleSchema, async (input, actor) => {
  const user = await updateUserRole(await getDb(), actor, input);
  revalidatePath("/admin/users");
  return user;
});

export const setUserDisabledAction = defineAction("users.setDisabled", setDisabledSchema, async (input, actor) => {
  const user = await setUserDisabled(await getDb(), actor, input);
  revalidatePath("/admin/users");
  return user;
});

export const resetUserPasswordAction = defineAction("users.resetPassword", resetPasswordSchema, async (input, actor) => {
  await resetUserPassword(await getDb(), actor, input);
  return { reset: true as const };
});
