/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occupational Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.OccupationalContext#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalContext#getRoleLevel <em>Role Level</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalContext#getRole <em>Role</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalContext#getWorkExperienceModules <em>Work Experience Modules</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getOccupationalContext()
 * @model
 * @generated
 */
public interface OccupationalContext extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalContext_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalContext#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Role Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The occupational context number, e.g. 1 for supervisor, 2 for manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role Level</em>' attribute.
	 * @see #setRoleLevel(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalContext_RoleLevel()
	 * @model
	 * @generated
	 */
	Integer getRoleLevel();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalContext#getRoleLevel <em>Role Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role Level</em>' attribute.
	 * @see #getRoleLevel()
	 * @generated
	 */
	void setRoleLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalContext_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalContext#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Work Experience Modules</b></em>' reference list.
	 * The list contents are of type {@link org.curriculum.model.WorkExperienceModule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The work experience modules that cover this context.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Experience Modules</em>' reference list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalContext_WorkExperienceModules()
	 * @model
	 * @generated
	 */
	EList<WorkExperienceModule> getWorkExperienceModules();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each occupational context is covered by a work experience module.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateHasWorkExperienceModule(DiagnosticChain diagnostics, Map<Object, Object> context);

} // OccupationalContext
